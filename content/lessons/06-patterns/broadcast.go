package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// The three readers woken together print in the scheduler's order.
// tour:compare unordered

// Broadcast is a value published once, for any number of readers.
type Broadcast[T any] struct {
	ready chan struct{}
	value T
}

func NewBroadcast[T any]() *Broadcast[T] {
	return &Broadcast[T]{ready: make(chan struct{})}
}

// Publish sets the value and wakes every reader: closing is the broadcast.
func (b *Broadcast[T]) Publish(v T) {
	b.value = v
	close(b.ready)
}

// Wait returns the value once published, or false if done closes first.
func (b *Broadcast[T]) Wait(done <-chan struct{}) (T, bool) {
	select {
	case <-b.ready:
		return b.value, true
	case <-done:
		var zero T
		return zero, false
	}
}

func main() {
	start := time.Now()
	at := func() time.Duration { return time.Since(start) }
	forecast := NewBroadcast[string]()
	var wg sync.WaitGroup

	for _, name := range []string{"Ana", "Bo", "Chen", "Dara"} {
		// Dara will wait one second at most; the others as long as it takes.
		done := make(chan struct{})
		if name == "Dara" {
			time.AfterFunc(time.Second, func() { close(done) })
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if weather, ok := forecast.Wait(done); ok {
				fmt.Printf("%v %s: %s, off to the park\n", at(), name, weather)
			} else {
				fmt.Printf("%v %s: gave up\n", at(), name)
			}
		}()
	}
	fmt.Println("goroutines waiting:", runtime.NumGoroutine()-1)

	time.Sleep(2 * time.Second)
	forecast.Publish("sunny")
	wg.Wait()
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
