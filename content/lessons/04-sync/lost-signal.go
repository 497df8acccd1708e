package main

import (
	"fmt"
	"sync"
)

// With one P, the barista runs from its send to its Wait before the
// customer takes the lock, as seed 1 schedules them; with several, the
// signal can come first and be lost, as the puzzle asks.
// tour:env GOMAXPROCS=1

func main() {
	order := "" // guarded by mu
	var mu sync.Mutex
	orderIn := sync.NewCond(&mu)
	listening := make(chan bool)
	var served sync.WaitGroup
	served.Add(1)

	go func() {
		defer served.Done()
		listening <- true // tell the customer we are ready
		mu.Lock()
		defer mu.Unlock()
		orderIn.Wait() // no look at order first
		fmt.Println("making", order)
	}()

	<-listening // wait until the barista listens
	mu.Lock()
	order = "tea"
	mu.Unlock()
	orderIn.Signal()
	served.Wait()
}
