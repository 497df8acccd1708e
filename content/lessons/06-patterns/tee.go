package main

import (
	"fmt"
	"runtime"
	"time"
)

// Which reader gets a value first, at the same instant, is the
// scheduler's choice.
// tour:compare unordered

// tee copies every value from input to both outputs, in order.
func tee[T any](done <-chan struct{}, input <-chan T) (<-chan T, <-chan T) {
	out1 := make(chan T)
	out2 := make(chan T)
	go func() {
		defer close(out1)
		defer close(out2)
		for {
			var v T
			select {
			case next, ok := <-input:
				if !ok {
					return
				}
				v = next
			case <-done:
				return
			}
			// Two sends, whichever reader is ready first; then that case is off.
			a, b := out1, out2
			for range 2 {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				case <-done:
					return
				}
			}
		}
	}()
	return out1, out2
}

// count sends 1, 2, 3, … until done is closed.
func count(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
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
	start := time.Now()
	done := make(chan struct{})
	fast, slow := tee(done, count(done))

	slowFinished := make(chan struct{})
	go func() {
		defer close(slowFinished)
		for n := range slow {
			fmt.Printf("slow got %d at %v\n", n, time.Since(start))
			time.Sleep(time.Second) // a second of work per value
		}
	}()

	for range 4 {
		n := <-fast
		fmt.Printf("fast got %d at %v\n", n, time.Since(start))
	}
	close(done)

	<-slowFinished
	time.Sleep(time.Millisecond) // a moment for tee and count to return
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
