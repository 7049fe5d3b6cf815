package com.b2bsales.kpi;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that holds an operating-system lock on a file, as a run writing a workbook holds its
 * temporary file: prints "locked", then keeps the lock until its standard input closes.
 */
public final class FileLockHolder {

    private FileLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
            channel.lock();
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }
}
