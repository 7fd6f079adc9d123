package org.isomargin.server;

/** Entry point; the HTTP server is wired in a following step. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("Isomargin: the HTTP server is not wired yet; run the tests with: mvn -B verify");
    }
}
