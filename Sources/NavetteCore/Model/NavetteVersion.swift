/// navette's version, as `--version` prints it and as reports and the fetcher's user agent name it.
public enum NavetteVersion {
    public static let current = "0.1.0"
}
