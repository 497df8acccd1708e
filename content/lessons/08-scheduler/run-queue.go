package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1) // one P, one run queue

	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Printf("g%d ", i)
		}()
		fmt.Printf("(made g%d) ", i)
	}
	fmt.Println("\nmain blocks")
	wg.Wait()
	fmt.Println("\nmain runs again")
}
