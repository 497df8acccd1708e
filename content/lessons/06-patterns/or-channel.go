package main

import (
	"fmt"
	"runtime"
	"time"
)

// or closes its result as soon as any one of the channels is closed.
func or(channels ...<-chan struct{}) <-chan struct{} {
	return orUntil(nil, channels)
}

// orUntil splits the channels in two halves, waits on each half with a
// recursive call, and also stops when stop (its parent's result) closes.
// A nil stop, at the top, is a case that never fires.
func orUntil(stop <-chan struct{}, channels []<-chan struct{}) <-chan struct{} {
	switch len(channels) {
	case 0:
		return nil // nobody closes it: never fires
	case 1:
		return channels[0]
	}
	out := make(chan struct{})
	mid := len(channels) / 2
	left := orUntil(out, channels[:mid])
	right := orUntil(out, channels[mid:])
	go func() {
		defer close(out) // tells the parent, and both halves, that it is over
		select {
		case <-left:
		case <-right:
		case <-stop:
		}
	}()
	return out
}

// closeAfter returns a channel that is closed after d.
func closeAfter(d time.Duration) <-chan struct{} {
	c := make(chan struct{})
	time.AfterFunc(d, func() { close(c) })
	return c
}

func main() {
	start := time.Now()
	any := or(
		closeAfter(2*time.Hour),
		closeAfter(5*time.Minute),
		closeAfter(time.Second),
		closeAfter(time.Hour),
	)
	fmt.Println("goroutines while waiting:", runtime.NumGoroutine())

	<-any
	fmt.Println("done after", time.Since(start))
	time.Sleep(time.Millisecond) // a moment for them to return
	fmt.Println("goroutines after:", runtime.NumGoroutine())
}
