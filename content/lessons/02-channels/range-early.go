package main

import (
	"fmt"
	"runtime"
	"time"
)

// Sends 1, 2, 3, … for as long as someone receives.
func countForever() <-chan int {
	out := make(chan int)
	go func() {
		for n := 1; ; n++ {
			out <- n
		}
	}()
	return out
}

// The same, but it stops once done is closed.
func countUntil(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		for n := 1; ; n++ {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	for n := range countForever() {
		if n == 3 {
			break // stop early
		}
	}
	time.Sleep(time.Millisecond)
	fmt.Println("after the first loop:", runtime.NumGoroutine(), "goroutines")

	done := make(chan struct{})
	for n := range countUntil(done) {
		if n == 3 {
			break
		}
	}
	close(done) // tells the counter to stop
	time.Sleep(time.Millisecond)
	fmt.Println("after the second loop:", runtime.NumGoroutine(), "goroutines")
}
