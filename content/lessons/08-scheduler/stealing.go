package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// How many goroutines other Ps steal and start early varies by run.
// tour:compare shape

// makeEight: one maker queues eight jobs and starts a goroutine for each;
// it never blocks while doing so. It returns how many of the eight
// started before the maker was done.
func makeEight() int {
	var making atomic.Bool
	var early atomic.Int32
	jobs := make(chan int, 8) // room for all eight: sends never wait
	var wg sync.WaitGroup

	making.Store(true)
	for i := 1; i <= 8; i++ {
		jobs <- i
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-jobs
			if making.Load() {
				early.Add(1)
			}
		}()
	}
	making.Store(false)
	wg.Wait()
	return int(early.Load())
}

func main() {
	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		early := 0
		for range 100 {
			early += makeEight()
		}
		fmt.Printf("GOMAXPROCS(%d): %d of 800 started before their maker was done\n", procs, early)
	}
}
