package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// With more than one P, a fourth value may be made while main is still
// taking the first one in.
// tour:also "stream: most values held at once: 3" => "stream: most values held at once: 4"

// meter counts the values made and not yet used by main, and the most
// at once. The source's goroutine and main both use it: a mutex guards it.
var meter struct {
	sync.Mutex
	held, most int
}

func made(x int) int {
	meter.Lock()
	defer meter.Unlock()
	meter.held++
	meter.most = max(meter.most, meter.held)
	return x
}

func used(x int) int {
	meter.Lock()
	defer meter.Unlock()
	meter.held--
	return x
}

// Batch stages: a whole slice in, a whole new slice out.
func multiplyAll(xs []int, k int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func addAll(xs []int, k int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x + k
	}
	return out
}

// stage is a stream stage: a channel in, a channel out, one value at a time.
func stage(done <-chan struct{}, input <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for x := range input {
			select {
			case out <- f(x):
			case <-done:
				return
			}
		}
	}()
	return out
}

func source(done <-chan struct{}, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- made(i):
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	const n = 1000

	// Batch: every stage finishes all n values before the next begins.
	numbers := make([]int, n)
	for i := range numbers {
		numbers[i] = made(i + 1)
	}
	all := addAll(multiplyAll(numbers, 2), 1)
	for _, x := range all[:3] {
		fmt.Println("batch:", used(x))
	}
	fmt.Println("batch: most values held at once:", meter.most)

	// Stream: each value goes all the way through before the next is made.
	meter.held, meter.most = 0, 0
	done := make(chan struct{})
	doubled := stage(done, source(done, n), func(x int) int { return x * 2 })
	results := stage(done, doubled, func(x int) int { return x + 1 })
	for range 3 {
		fmt.Println("stream:", used(<-results))
	}
	meter.Lock()
	fmt.Println("stream: most values held at once:", meter.most)
	meter.Unlock()

	close(done) // main has seen enough: every stage stops
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines after close(done):", runtime.NumGoroutine())
}
