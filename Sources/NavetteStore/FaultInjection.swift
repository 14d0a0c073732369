import Foundation

/// For the kill-in-the-middle-of-a-write test: with `NAVETTE_FAULT_PAUSE_BEFORE_COMMIT=N` the Nth
/// snapshot's transaction says so on stderr and sleeps before committing, so the test can SIGKILL it.
public enum FaultInjection {
    public static func pauseBeforeCommit() -> (@Sendable () -> Void)? {
        guard let value = ProcessInfo.processInfo.environment["NAVETTE_FAULT_PAUSE_BEFORE_COMMIT"],
            let target = Int(value)
        else {
            return nil
        }
        let counter = Counter()
        return {
            guard counter.next() == target else { return }
            FileHandle.standardError.write(Data("navette: fault injection: paused before commit\n".utf8))
            Thread.sleep(forTimeInterval: 60)
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
