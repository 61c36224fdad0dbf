/**
 * Storage concerns that sit below the features: {@link com.hivecheck.storage.DurableWrites} makes a write durable
 * on the embedded H2 file database before it is acknowledged (and forces H2's file to the disk every second). It is
 * the module's API, called by the features that acknowledge writes; on PostgreSQL it does nothing.
 */
@NullMarked
package com.hivecheck.storage;

import org.jspecify.annotations.NullMarked;
