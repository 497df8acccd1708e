package main

import (
	"fmt"
	"sync"
)

// The order of the goroutines is the scheduler's. With one P, as in the
// tour, every goroutine starts after the loop: with more, one could read
// `shared` mid-loop.
// tour:compare unordered
// tour:env GOMAXPROCS=1

func main() {
	var wg sync.WaitGroup

	// One variable for the whole loop, read by every goroutine:
	// a data race, which `go run -race` reports.
	var shared int
	for shared = 1; shared <= 3; shared++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("shared:", shared)
		}()
	}
	wg.Wait()

	// Since Go 1.22 each pass of `for turn := ...` has its own `turn`.
	for turn := 1; turn <= 3; turn++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("own:", turn)
		}()
	}
	wg.Wait()
}
