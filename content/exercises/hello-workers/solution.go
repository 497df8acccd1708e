// Package workers is the reference solution of "Hello from N workers", in Go.
package workers

import (
	"fmt"
	"sync"
	"time"
)

// greet is worker i's greeting. Like real work, it takes a little while.
func greet(i int) string {
	time.Sleep(time.Duration((i*7)%10+1) * time.Millisecond)
	return fmt.Sprintf("hello from worker %d", i)
}

// helloWorkers starts n workers, each in its own goroutine; worker i
// computes greet(i). It returns the greetings, worker i's at index i,
// once every worker is done.
func helloWorkers(n int) []string {
	// One slot per worker: each writes only its own, so none waits for another.
	greetings := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1) // before go: Wait must never see the count before this worker is in it
		go func() {
			defer wg.Done()
			greetings[i] = greet(i)
		}()
	}
	wg.Wait()
	return greetings
}
