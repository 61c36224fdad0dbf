package com.hivecheck.importing;

/** Where the columns of an import came from. */
public enum ExportFormat {

    /** Viva Engage's user activity report: User Principal Name, Last Activity Date, Posted Count, … */
    VIVA_ENGAGE,
    /** Microsoft Teams' user activity report: User Principal Name, Last Activity Date, Post Messages, Reply Messages… */
    TEAMS,
    /** Slack's member analytics: User ID, Last active (UTC), Messages posted, … */
    SLACK,
    /** HiveCheck's documented generic format: person, unit, last_activity_date, posts, comments, replies. */
    GENERIC,
    /** Any other file, with the columns chosen by the user. */
    MAPPED
}
