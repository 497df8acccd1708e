package main

import (
	"fmt"
	"strings"
	"time"
)

// Go's choice among the five ready goroutines is its scheduler's, not a
// seed's: only the letters are the same.
// tour:compare chars

func main() {
	// On the playground's clock, as in the tour: computing costs
	// nothing, waiting costs exactly what it says.
	start := time.Now()
	total := 0
	for i := range 3_000_000 {
		total += i % 7
	}
	fmt.Printf("3,000,000 additions (sum %d) took %v\n", total, time.Since(start))
	start = time.Now()
	time.Sleep(90 * time.Minute)
	fmt.Printf("a 90-minute sleep took %v\n", time.Since(start))

	// Which of five ready goroutines goes first is the scheduler's choice.
	arrivals := make(chan string, 5)
	for _, name := range []string{"v", "w", "x", "y", "z"} {
		go func() { arrivals <- name }()
	}
	order := make([]string, 5)
	for i := range order {
		order[i] = <-arrivals
	}
	fmt.Println("five ready goroutines ran in the order", strings.Join(order, " "))
}
