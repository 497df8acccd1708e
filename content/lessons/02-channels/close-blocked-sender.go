package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)

	// Two senders; nobody will ever receive their values.
	for _, n := range []int{1, 2} {
		go func() {
			results <- n
		}()
	}

	time.Sleep(10 * time.Millisecond) // both are now blocked in send
	close(results)                    // wrong: wakes both senders with a panic
	time.Sleep(10 * time.Millisecond)
	fmt.Println("not reached")
}
