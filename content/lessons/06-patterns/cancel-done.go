package main

import (
	"fmt"
	"runtime"
	"time"
)

// take's goroutine closes its channel as it returns: with more than one
// P, main may count it before it is gone.
// tour:also "goroutines before close(done): 2" => "goroutines before close(done): 3"

// repeat sends its values over and over, until done is closed.
func repeat[T any](done <-chan struct{}, values ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for i := 0; ; i = (i + 1) % len(values) {
			select {
			case out <- values[i]:
			case <-done:
				return
			}
		}
	}()
	return out
}

// take passes on the first n values of c, or fewer if done is closed first.
func take[T any](done <-chan struct{}, c <-chan T, n int) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for range n {
			var v T
			select {
			case next, ok := <-c:
				if !ok {
					return
				}
				v = next
			case <-done:
				return
			}
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})

	hands := take(done, repeat(done, "rock", "paper", "scissors"), 5)
	for hand := range hands {
		fmt.Println(hand)
	}

	fmt.Println("goroutines before close(done):", runtime.NumGoroutine())
	close(done)
	time.Sleep(time.Millisecond) // a moment for them to see it
	fmt.Println("goroutines after:", runtime.NumGoroutine())
}
