package main

import (
	"fmt"
	"time"
)

// A chatty source: a message every 40 ms, eight in all, then silence.
func chatter() <-chan int {
	out := make(chan int)
	go func() {
		for n := 1; n <= 8; n++ {
			time.Sleep(40 * time.Millisecond)
			out <- n
		}
	}()
	return out
}

func main() {
	// A new timer on every turn: it bounds each wait, not the loop.
	start := time.Now()
	a := chatter()
	got := 0
perWait:
	for {
		select {
		case <-a:
			got++
		case <-time.After(100 * time.Millisecond):
			break perWait
		}
	}
	fmt.Printf("per wait: %d messages in %d ms\n", got, time.Since(start).Milliseconds())

	// One timer for the whole loop, made before it.
	start = time.Now()
	b := chatter()
	deadline := time.After(100 * time.Millisecond)
	got = 0
wholeLoop:
	for {
		select {
		case <-b:
			got++
		case <-deadline:
			break wholeLoop
		}
	}
	fmt.Printf("whole loop: %d messages in %d ms\n", got, time.Since(start).Milliseconds())
}
