package org.nadiya.cases.qualification;

/** The act of Art. 149 part 1: trading in a person (sale or other transfer), or recruiting, moving, harbouring, transferring or receiving. */
public enum Act implements Coded {
    SALE, RECRUITMENT, MOVEMENT, HARBOURING, TRANSFER, RECEIPT
}
