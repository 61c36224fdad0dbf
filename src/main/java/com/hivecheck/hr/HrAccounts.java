package com.hivecheck.hr;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The HR accounts. */
interface HrAccounts extends Repository<HrAccount, Long> {

    Optional<HrAccount> findByUsername(String username);

    long count();

    HrAccount save(HrAccount account);
}
