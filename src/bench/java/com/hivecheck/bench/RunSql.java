package com.hivecheck.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs SQL statements one after the other with autocommit on (so that VACUUM works on PostgreSQL) and prints the rows
 * of any that return some, tab-separated, one line per row (EXPLAIN ANALYZE output comes out as its plan lines):
 * {@code java -cp target/test-classes:postgresql.jar com.hivecheck.bench.RunSql URL USER PASSWORD
 * "vacuum (analyze) assessment" ...}
 */
public class RunSql {

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (int i = 3; i < args.length; i++) {
                if (statement.execute(args[i])) {
                    try (ResultSet rows = statement.getResultSet()) {
                        ResultSetMetaData meta = rows.getMetaData();
                        while (rows.next()) {
                            List<String> values = new ArrayList<>();
                            for (int c = 1; c <= meta.getColumnCount(); c++) {
                                values.add(String.valueOf(rows.getObject(c)));
                            }
                            System.out.println(String.join("\t", values));
                        }
                    }
                }
            }
        }
    }
}
