package main

import (
	"fmt"
	"runtime"
	"time"
)

// orDone passes on what arrives on c until c closes or done is closed,
// so the caller can range over a channel it doesn't control.
func orDone[T any](done <-chan struct{}, c <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
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
	time.AfterFunc(3500*time.Millisecond, func() { close(done) })

	// A ticker's channel never closes, not even when the ticker is stopped:
	// ranging over it alone would never end.
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	n := 0
	for range orDone(done, ticker.C) {
		n++
		fmt.Println("tick", n, "at", time.Since(start))
	}
	fmt.Println("loop over at", time.Since(start))

	<-done                       // (already closed here)
	time.Sleep(time.Millisecond) // a moment for orDone to return
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
