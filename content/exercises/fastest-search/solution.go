// Package fastest is the reference solution of "Fastest of three
// searches", in Go.
package fastest

import "time"

// A Search returns its answer after a while.
type Search func(query string) string

// first returns the first answer from any of the searches, or false if
// none arrives within timeout.
func first(query string, timeout time.Duration, searches []Search) (string, bool) {
	// Room for every answer: the searches that lose can still deliver theirs and end.
	answers := make(chan string, len(searches))
	for _, search := range searches {
		go func() { answers <- search(query) }()
	}
	select {
	case a := <-answers:
		return a, true
	case <-time.After(timeout):
		return "", false
	}
}
