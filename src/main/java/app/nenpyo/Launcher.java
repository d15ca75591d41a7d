package app.nenpyo;

public final class Launcher {
    public static void main(String[] args) {
    }
}
