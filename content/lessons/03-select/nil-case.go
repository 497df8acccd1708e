package main

import (
	"fmt"
	"time"
)

// produce sends the items, one every gap, then closes the channel.
func produce[T any](items []T, gap time.Duration) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, item := range items {
			time.Sleep(gap)
			out <- item
		}
	}()
	return out
}

func main() {
	const ms = time.Millisecond
	letters := produce([]string{"a", "b", "c"}, 20*ms)
	digits := produce([]int{1, 2}, 35*ms)

	for letters != nil || digits != nil {
		select {
		case letter, ok := <-letters:
			if !ok {
				letters = nil // closed: turn this case off
				continue
			}
			fmt.Println("letter", letter)
		case digit, ok := <-digits:
			if !ok {
				digits = nil
				continue
			}
			fmt.Println("digit", digit)
		}
	}
	fmt.Println("both cases are off")
}
