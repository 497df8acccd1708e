// Package leak is the reference solution of "Fix the leak", in Go.
package leak

import (
	"strings"
	"sync"
)

// A Reader reads a log one line at a time: each call takes a while, then
// returns the next line, or false at the end.
type Reader func() (string, bool)

// firstMatch reads every log at the same time and returns the first line
// found, in any of them, that contains word; false if none does.
func firstMatch(readers []Reader, word string) (string, bool) {
	// Closed when firstMatch returns: nobody wants matches any more.
	done := make(chan struct{})
	defer close(done)
	matches := make(chan string)
	var wg sync.WaitGroup
	for _, read := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				// Before each line: stop if the answer is already in.
				select {
				case <-done:
					return
				default:
				}
				line, ok := read()
				if !ok {
					return
				}
				if !strings.Contains(line, word) {
					continue
				}
				// Offer the match, or stop if the answer came from elsewhere.
				select {
				case matches <- line:
				case <-done:
					return
				}
			}
		}()
	}
	// Once every reader has stopped, no more matches can come.
	go func() {
		wg.Wait()
		close(matches)
	}()
	line, ok := <-matches
	return line, ok
}
