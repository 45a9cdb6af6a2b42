/**
 * The shared kernel: small value types every module may use — the one error type with message keys
 * ({@link org.nadiya.kernel.InvalidInputException}), form input parsing, the uk/en message bundles with ICU
 * plural forms and the one locale-aware formatter of numbers, money and dates. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.nadiya.kernel;
