import Testing

@Suite struct WBExecutableTests {
    @Test func placeholder() { #expect(1 + 1 == 2) }
}
