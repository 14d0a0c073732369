import Dispatch

extension Array {
    /// `map` spread over the machine's cores, for work that is independent per element (an article
    /// compared, a page rendered): the results come back in the order of the elements, exactly as
    /// `map` gives them, whichever core made each. `transform` must not touch shared mutable state.
    public func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                let results = UnsafeSendable(buffer.baseAddress!)
                let work = UnsafeSendable(transform)
                let elements = UnsafeSendable(self)
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    (results.value + index).initialize(to: work.value(elements.value[index]))
                }
                initialized = count
            }
        }
    }
}

/// A value handed to the worker threads of `concurrentMap`: each thread writes its own result slots
/// and only reads the rest, which Swift cannot see by itself.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
