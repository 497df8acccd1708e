package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// How often a buyer must look again depends on the schedule.
// tour:compare shape

func main() {
	var tickets atomic.Int64 // tickets left
	var sold, retries atomic.Int64

	// buy takes one ticket if any is left; it reports whether it got one.
	buy := func() bool {
		for {
			left := tickets.Load()
			if left == 0 {
				return false
			}
			runtime.Gosched() // let other buyers run here, as other cores would
			// Take one only if nobody has since we looked.
			if tickets.CompareAndSwap(left, left-1) {
				return true
			}
			retries.Add(1) // someone did: look again
		}
	}

	tickets.Store(10)
	var wg sync.WaitGroup
	for range 25 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if buy() {
				sold.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("25 buyers for 10 tickets")
	fmt.Println("sold:", sold.Load(), "left:", tickets.Load())
	fmt.Println("retries:", retries.Load())
}
