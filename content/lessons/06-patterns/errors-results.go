package main

import (
	"fmt"
	"runtime"
	"strconv"
	"time"
)

// Result is a value or the error that replaced it.
type Result struct {
	Value int
	Err   error
}

// parseAll doesn't decide what an error means: it sends it on, with the
// results, to the code that knows.
func parseAll(done <-chan struct{}, texts ...string) <-chan Result {
	out := make(chan Result)
	go func() {
		defer close(out)
		for _, text := range texts {
			n, err := strconv.Atoi(text)
			select {
			case out <- Result{n, err}:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	inputs := []string{"12", "7", "x1", "30", "", "5", "9"}

	sum, failures := 0, 0
	for r := range parseAll(done, inputs...) {
		if r.Err != nil {
			fmt.Println("error:", r.Err)
			if failures++; failures == 2 {
				fmt.Println("two errors: giving up")
				break
			}
			continue
		}
		sum += r.Value
	}
	close(done)

	time.Sleep(time.Millisecond) // a moment for parseAll to return
	fmt.Println("sum:", sum, "goroutines:", runtime.NumGoroutine())
}
