package main

import (
	"fmt"
	"runtime"
	"time"
)

// orDone, from the or-done lesson: the values of c, until c or done closes.
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

// bridge flattens a channel of channels into one channel, in order.
func bridge[T any](done <-chan struct{}, streams <-chan (<-chan T)) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			var stream <-chan T
			select {
			case s, ok := <-streams:
				if !ok {
					return // no more streams
				}
				stream = s
			case <-done:
				return
			}
			for v := range orDone(done, stream) {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

// pages gives search results a page at a time: each page is a channel of hits.
func pages(done <-chan struct{}, n int) <-chan (<-chan string) {
	out := make(chan (<-chan string))
	go func() {
		defer close(out)
		for p := 1; p <= n; p++ {
			page := make(chan string, 3)
			for i := 1; i <= 3; i++ {
				page <- fmt.Sprintf("page %d, hit %d", p, i)
			}
			close(page)
			select {
			case out <- page:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	done := make(chan struct{})
	taken := 0
	for hit := range bridge(done, pages(done, 4)) {
		fmt.Println(hit)
		if taken++; taken == 5 {
			break // enough: stop reading
		}
	}
	close(done)                  // and tell everyone upstream
	time.Sleep(time.Millisecond) // give them a moment to return
	fmt.Println("goroutines after:", runtime.NumGoroutine())
}
