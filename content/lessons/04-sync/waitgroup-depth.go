//go:build go1.25

package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

var jobs = []int{30, 0, 10} // ms of work; 0: nothing to do

// work does one job; it returns early when there is nothing to do.
func work(ms int) string {
	if ms == 0 {
		return "skipped"
	}
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return fmt.Sprintf("%dms", ms)
}

func pending() []string {
	results := make([]string, len(jobs)) // job i writes results[i]
	for i := range results {
		results[i] = "-"
	}
	return results
}

// Wrong: each goroutine adds itself to the count.
func addInside() string {
	var wg sync.WaitGroup
	results := pending()
	for i, ms := range jobs {
		go func() {
			wg.Add(1) // too late: Wait may have seen 0 already
			defer wg.Done()
			results[i] = work(ms)
		}()
	}
	wg.Wait()
	return strings.Join(results, ", ")
}

// Right: Add before go, Done deferred.
func addBefore() string {
	var wg sync.WaitGroup
	results := pending()
	for i, ms := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done() // however the goroutine ends
			results[i] = work(ms)
		}()
	}
	wg.Wait()
	return strings.Join(results, ", ")
}

// The same, shorter (Go 1.25): wg.Go(f) does Add(1), go f(), and
// Done() when f returns.
func withGo() string {
	var wg sync.WaitGroup
	results := pending()
	for i, ms := range jobs {
		wg.Go(func() {
			results[i] = work(ms)
		})
	}
	wg.Wait()
	return strings.Join(results, ", ")
}

func main() {
	fmt.Println("add inside go:", addInside())
	fmt.Println("add before go:", addBefore())
	fmt.Println("wg.go:        ", withGo())
}
