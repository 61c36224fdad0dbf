/** HiveCheck's root: the application class only. Features live in sub-packages. */
@NullMarked
package com.hivecheck;

import org.jspecify.annotations.NullMarked;
