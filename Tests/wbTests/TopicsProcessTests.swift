import Foundation
import Testing

/// The topics plugin through the real `wb` executable: separate processes print the same
/// bytes (nothing depends on hash-table order or the clock), and impossible k is an error
/// with a caret.
@Suite struct TopicsProcessTests {
    static let script = """
        load seeds/
        topics --unit paragraph --k 3 --format json
        topics.assign --unit paragraph --k 3 --format csv
        topics.show 1 --unit sentence --k 4 --bigrams
        topics --unit sentence --format csv
        topics --unit paragraph --k 3 --method nmf --format json
        quotes | topics.by speaker --unit paragraph --k 3 --format csv
        """

    @Test func twoProcessesPrintTheSameBytes() throws {
        let first = try WBProcess.run(["-c", Self.script])
        let second = try WBProcess.run(["-c", Self.script])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stderr == second.stderr)
        #expect(first.stdout.contains("\"topic\": 3"))
        #expect(first.stderr.contains("--k auto: silhouette"))
    }

    @Test func moreTopicsThanDocumentsIsAnError() throws {
        let result = try WBProcess.run(["-c", "load seeds/; topics --k 2"])
        #expect(result.status == 64)
        #expect(result.stderr.hasSuffix("""
            <command line>:1:14: error: cannot make 2 topics from 1 document
                load seeds/; topics --k 2
                             ^
            hint: k must be at most the number of units with terms; use a smaller --k or --k auto

            """))
    }
}
