// Package pipeline is the reference solution of "A cancellable pipeline", in Go.
package pipeline

import "sync"

// generate sends nums in order on the returned channel, then closes it;
// it stops early when done is closed.
func generate(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

// square sends the square of each number from input, in order; it closes
// its channel when input closes or done is closed.
func square(done <-chan struct{}, input <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range input {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

// merge sends every value from every channel on one channel, which closes
// when they all have, or when done is closed.
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
	// Only when every forwarder has returned is it safe to close out.
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}
