package main

import (
	"fmt"
	"runtime"
	"sync"
)

// The tour's runtime says it has eight CPUs; Go counts the machine's.
// tour:compare shape

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup

	// Ten thousand goroutines, all waiting for the same signal.
	for range 10_000 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
		}()
	}

	fmt.Println("CPUs:               ", runtime.NumCPU())
	fmt.Println("Ps (GOMAXPROCS):    ", runtime.GOMAXPROCS(0))
	fmt.Println("goroutines:         ", runtime.NumGoroutine())

	close(start)
	wg.Wait()
	fmt.Println("goroutines after:   ", runtime.NumGoroutine())
}
