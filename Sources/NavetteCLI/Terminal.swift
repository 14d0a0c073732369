import Foundation

/// What the terminal is given: colours when they help, one status line rewritten in place.
enum Terminal {
    /// True when `descriptor` is a terminal that wants colours (no `NO_COLOR`, no dumb `TERM`).
    static func colours(_ descriptor: Int32 = STDOUT_FILENO) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && environment["TERM"] != "dumb" && isatty(descriptor) == 1
    }
}

/// One line of progress on stderr, rewritten in place on a terminal, nothing otherwise. Thread-safe:
/// warnings come from the reading thread, progress from the writing one.
final class StatusLine: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var shown = false
    private var last = Date.distantPast
    private var notes = 0

    /// Counts one more warning that skips nothing; returns how many so far.
    func countNote() -> Int {
        lock.withLock {
            notes += 1
            return notes
        }
    }

    /// Shows `text`, at most ten times a second.
    func show(_ text: String) {
        guard enabled else { return }
        lock.withLock {
            guard Date().timeIntervalSince(last) > 0.1 else { return }
            last = Date()
            shown = true
            StandardError.write("\r\u{1B}[K" + text.prefix(160))
        }
    }

    func clear() {
        lock.withLock {
            if shown { StandardError.write("\r\u{1B}[K") }
            shown = false
        }
    }
}
