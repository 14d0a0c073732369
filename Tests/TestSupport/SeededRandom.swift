/// A fixed-seed generator for tests that draw many inputs, so a failure reproduces: the same draws on
/// every run and every machine (a 64-bit linear congruential step, the high bits kept).
public struct SeededRandom: Sendable {
    public var state: UInt64

    public init(state: UInt64) {
        self.state = state
    }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
