package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// With four workers the squares arrive in the scheduler's order.
// tour:compare shape

// slowSquare is the slow step: each call takes 100ms.
func slowSquare(x int) int {
	time.Sleep(100 * time.Millisecond)
	return x * x
}

func generate(done <-chan struct{}, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

// squarer is one worker: a stage that runs slowSquare on what it receives.
func squarer(done <-chan struct{}, jobs <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for x := range jobs {
			select {
			case out <- slowSquare(x):
			case <-done:
				return
			}
		}
	}()
	return out
}

// merge is the fan-in: every value from every channel, on one channel,
// which closes when all of them have closed.
func merge[T any](done <-chan struct{}, channels ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range channels {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func squareAll(n, workers int) {
	done := make(chan struct{})
	defer close(done)
	start := time.Now()
	jobs := generate(done, n)
	// The fan-out: every worker receives from the same jobs channel.
	outs := make([]<-chan int, workers)
	for i := range outs {
		outs[i] = squarer(done, jobs)
	}
	var results []int
	for y := range merge(done, outs...) {
		results = append(results, y)
	}
	fmt.Printf("%d worker(s): %v %v\n", workers, time.Since(start), results)
}

func main() {
	squareAll(12, 1)
	squareAll(12, 4)
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
