import Foundation

/// A parallel map that keeps order: a producer submits inputs, worker threads transform them, and
/// the consumer takes the outputs in the order the inputs were submitted, whatever order the
/// workers finish in. So the ingester's batches, warnings and counts are the same with one worker
/// as with several, and a resumed run sees the same batches.
///
/// Bounded: at most `window` inputs are between `submit` and `take`, and at most two per worker wait
/// unread (an input may be a whole zip member); `submit` waits for room.
final class OrderedWork<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private let transform: @Sendable (Input) -> Output
    private var inputs: [(Int, Input)] = []
    private var workers = 1
    private var outputs: [Int: Output] = [:]
    private var submitted = 0
    private var taken = 0
    private var inputFinished = false
    private var cancelled = false
    private var runningWorkers = 0

    init(window: Int, transform: @escaping @Sendable (Input) -> Output) {
        self.window = max(1, window)
        self.transform = transform
    }

    /// Starts `count` worker threads (8 MiB stacks, as the readers' recursion may need).
    func start(workers count: Int) {
        let count = max(1, count)
        condition.lock()
        runningWorkers += count
        workers = runningWorkers
        condition.unlock()
        for _ in 0..<count {
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Hands one input over, waiting for room; false once the consumer has cancelled.
    func submit(_ input: Input) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while (submitted - taken >= window || inputs.count >= 2 * workers) && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        inputs.append((submitted, input))
        submitted += 1
        condition.broadcast()
        return true
    }

    /// No more inputs: `take` returns nil once every output is taken.
    func finishInput() {
        condition.lock()
        inputFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next output in submission order, waiting for it; nil when all are taken.
    func take() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while outputs[taken] == nil && !(inputFinished && taken == submitted) { condition.wait() }
        guard let output = outputs.removeValue(forKey: taken) else { return nil }
        taken += 1
        condition.broadcast()
        return output
    }

    /// Stops the producer and the workers (the input in hand is finished, its output dropped) and
    /// waits for the workers to end.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while runningWorkers > 0 { condition.wait() }
        outputs.removeAll()
        condition.unlock()
    }

    private func work() {
        while let (sequence, input) = nextInput() {
            let output = transform(input)
            condition.lock()
            outputs[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func nextInput() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while inputs.isEmpty && !inputFinished && !cancelled { condition.wait() }
        guard !cancelled, !inputs.isEmpty else { return nil }
        condition.broadcast()  // room for the producer
        return inputs.removeFirst()
    }
}
