package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// With four Ps the workers' steps interleave in the scheduler's order.
// tour:compare chars

// workload runs three workers, each doing ten steps of work and noting
// each step in a log (a buffered channel: a send never blocks here).
func workload(procs int) {
	runtime.GOMAXPROCS(procs)
	log := make(chan string, 100)
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				log <- name
			}
		}()
	}
	wg.Wait()
	close(log)
	var steps strings.Builder
	for name := range log {
		steps.WriteString(name)
	}
	fmt.Printf("GOMAXPROCS(%d): %s\n", procs, steps.String())
}

func main() {
	workload(1)
	workload(4)
}
