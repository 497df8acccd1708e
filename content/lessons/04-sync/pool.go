package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Go's Pool keeps a cache per P and drops it at each garbage collection:
// how many buffers it makes varies from run to run.
// tour:compare shape

func main() {
	// New runs in whichever goroutine calls Get, so the count
	// is an atomic counter, safe to add to from any.
	var made atomic.Int64
	buffers := sync.Pool{
		New: func() any {
			made.Add(1)
			return new([1024]byte) // a 1 KiB scratch buffer
		},
	}

	// A million requests, in bursts of 1,024 every millisecond.
	const bursts, burst = 1024, 1024
	var wg sync.WaitGroup
	for range bursts {
		for i := range burst {
			wg.Add(1)
			go func() {
				defer wg.Done()
				buf := buffers.Get().(*[1024]byte)
				defer buffers.Put(buf)
				for j := range buf { // each request needs a buffer
					buf[j] = byte(i)
				}
				time.Sleep(500 * time.Microsecond) // for 0.5ms
			}()
		}
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	fmt.Printf("requests served: %d\n", bursts*burst)
	fmt.Printf("buffers made:    %d\n", made.Load())
}
