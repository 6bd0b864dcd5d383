extension PhraseAutomaton {
    /// Writes the vocabulary and the flat tables as they are (the big ones as fixed-width tables
    /// that load with one copy); they are laid out deterministically, so the same lexicon always
    /// compiles to the same bytes.
    func write(to writer: inout ByteWriter) {
        writer.write(words)
        writer.write(table: layout.lists)
        writer.write(layout.steps.count)
        for step in layout.steps {
            writer.write(Int(step.number))
            writer.write(Int(step.gaps))
            writer.write(Int(step.labels))
            writer.write(step.isLive)
        }
        writer.write(table: layout.moves.flatMap { [$0.state, $0.word, $0.offset] })
    }

    /// Reads tables written by `write(to:)` and checks every list, state, word and entry number
    /// against the tables' sizes and `entryCount`, so matching can index without further checks.
    init(from reader: inout ByteReader, entryCount: Int) throws {
        let words = try reader.strings()
        var layout = Layout()
        layout.lists = try reader.table()
        layout.steps = try (0..<reader.count()).map { _ in
            Step(number: try reader.int32(), gaps: try reader.int32(), labels: try reader.int32(), isLive: try reader.bool())
        }
        let moves = try reader.table()
        guard moves.count % 3 == 0 else { throw ByteReader.Damaged() }
        layout.moves = stride(from: 0, to: moves.count, by: 3).map { (moves[$0], moves[$0 + 1], moves[$0 + 2]) }
        guard layout.isValid(wordCount: words.count, entryCount: entryCount) else { throw ByteReader.Damaged() }
        self.init(vocabulary: words, layout: layout)
    }
}

extension PhraseAutomaton.Layout {
    /// True when every list lies inside `lists` and holds only valid states, words, entries,
    /// roles and gap sizes.
    func isValid(wordCount: Int, entryCount: Int) -> Bool {
        let stateCount = steps.count
        func items(at offset: Int32, pairs: Bool) -> ArraySlice<Int32>? {
            guard offset >= 0, Int(offset) < lists.count else { return nil }
            let count = Int(lists[Int(offset)])
            guard count >= 0, count <= lists.count - Int(offset) - 1, !pairs || count % 2 == 0 else { return nil }
            return lists[Int(offset) + 1 ..< Int(offset) + 1 + count]
        }
        func states(at offset: Int32) -> Bool {
            items(at: offset, pairs: false)?.allSatisfy { $0 >= 0 && Int($0) < stateCount } ?? false
        }
        guard !steps.isEmpty, lists.first == 0 else { return false }
        for step in steps {
            guard states(at: step.number),
                  let gaps = items(at: step.gaps, pairs: true),
                  let labels = items(at: step.labels, pairs: true) else { return false }
            for pair in stride(from: gaps.startIndex, to: gaps.endIndex, by: 2)
            where gaps[pair] < 0 || gaps[pair + 1] < 0 || Int(gaps[pair + 1]) >= stateCount {
                return false
            }
            for pair in stride(from: labels.startIndex, to: labels.endIndex, by: 2)
            where labels[pair] < 0 || Int(labels[pair]) >= entryCount || PatternRole(number: labels[pair + 1]) == nil {
                return false
            }
        }
        return moves.allSatisfy { move in
            move.state >= 0 && Int(move.state) < stateCount && move.word >= 0 && Int(move.word) < wordCount && states(at: move.offset)
        }
    }
}
