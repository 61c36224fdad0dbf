package com.hivecheck.scoring;

/** The eight benefits a corporate social network can bring, as asked in question 3. */
public enum Benefit {
    MARKET_INSIGHT,
    BEST_PRACTICES,
    IDEAS,
    KNOWLEDGE,
    FASTER_TEAMWORK,
    INVOLVEMENT,
    CUSTOMER_SERVICE,
    PARTNERS
}
