package main

import (
	"fmt"
	"runtime"
	"sync"
)

// twoWorkers runs two goroutines, each printing three steps; polite
// ones give the processor away after every step.
func twoWorkers(polite bool) {
	var wg sync.WaitGroup
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for step := 1; step <= 3; step++ {
				fmt.Printf("%s%d ", name, step)
				if polite {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println()
}

func main() {
	runtime.GOMAXPROCS(1)
	twoWorkers(false)
	twoWorkers(true)
}
