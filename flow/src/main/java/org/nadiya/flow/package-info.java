/**
 * Money-flow engine: statements are imported into canonical {@link org.nadiya.flow.Transaction}s, held in a
 * columnar {@link org.nadiya.flow.TransactionGraph}, traced ({@code trace}) and searched for laundering and
 * exploitation typologies ({@code detect}). Plain Java: the command line runs it without Spring.
 */
package org.nadiya.flow;
