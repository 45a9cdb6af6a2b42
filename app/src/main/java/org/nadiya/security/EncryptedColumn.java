package org.nadiya.security;

/**
 * A column holding {@link FieldEncryption} ciphertexts. Each module declares its encrypted columns as
 * beans; key rotation re-encrypts every declared column.
 *
 * @param table     table name
 * @param keyColumn a column that identifies the row and never changes (it is part of the context)
 * @param column    the encrypted column
 */
public record EncryptedColumn(String table, String keyColumn, String column) {

    public EncryptedColumn {
        for (String name : new String[] {table, keyColumn, column}) {
            if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
    }

    public String context(Object rowKey) {
        return table + "." + column + ":" + rowKey;
    }
}
