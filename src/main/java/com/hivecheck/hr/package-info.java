/**
 * HR accounts and signing in: the accounts (bcrypt hashes, the first one created at startup), the localised sign-in
 * page, and the login throttle that counts failed sign-ins per user name in the database (table
 * {@code login_failure}) so that every node enforces one pause. Exposes the HR role
 * ({@link com.hivecheck.hr.HrAccountManagement#HR_ROLE}) and {@link com.hivecheck.hr.LoginThrottledException}, which
 * {@code security} turns into a 429 on the API; everything else is package-private.
 */
@NullMarked
package com.hivecheck.hr;

import org.jspecify.annotations.NullMarked;
