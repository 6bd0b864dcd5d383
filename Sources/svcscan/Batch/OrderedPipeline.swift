import Foundation

/// Runs `work` for indices `0..<count` on `jobs` threads and hands the results to `consume` on
/// the calling thread strictly in index order, as soon as each is ready.
///
/// At most `window` results wait to be consumed, so memory stays bounded however many items
/// there are: a worker that gets too far ahead waits for the consumer.
final class OrderedPipeline<Output: Sendable>: @unchecked Sendable {
    private let count: Int
    private let jobs: Int
    private let window: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var nextToStart = 0
    private var nextToConsume = 0
    private var ready: [Int: Output] = [:]

    /// `window` defaults to 16 results per worker (at least 64): with only a few, the workers
    /// stalled whenever the consumer thread waited for a core, and the two cores of a batch
    /// were 1.79 busy instead of 1.94. Results are a report each (tens of kilobytes).
    init(count: Int, jobs: Int, window: Int? = nil) {
        self.count = count
        self.jobs = max(1, min(jobs, max(count, 1)))
        self.window = window ?? max(64, self.jobs * 16)
    }

    func run(work: @escaping @Sendable (Int) -> Output, consume: (Int, Output) -> Void) {
        guard count > 0 else { return }
        let group = DispatchGroup()
        for _ in 0..<jobs {
            group.enter()
            let thread = Thread { [self] in
                while let index = claim() {
                    let output = work(index)
                    condition.lock()
                    ready[index] = output
                    condition.broadcast()
                    condition.unlock()
                }
                group.leave()
            }
            // Deeply nested documents recurse in libxml2; give workers the main thread's stack size.
            thread.stackSize = 8 << 20
            thread.start()
        }
        for index in 0..<count {
            condition.lock()
            while ready[index] == nil { condition.wait() }
            let output = ready.removeValue(forKey: index)!
            nextToConsume = index + 1
            condition.broadcast()
            condition.unlock()
            consume(index, output)
        }
        group.wait()
    }

    /// The next index to work on, waiting while the window is full; nil when all are claimed.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextToStart < count && nextToStart >= nextToConsume + window { condition.wait() }
        guard nextToStart < count else { return nil }
        nextToStart += 1
        return nextToStart - 1
    }
}
