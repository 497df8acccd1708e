// Package trees is the reference solution of "Equivalent binary trees", in Go.
package trees

import "math/rand"

// Tree is a node of a binary search tree.
type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// New returns a randomly shaped tree holding k, 2k, …, 10k.
func New(k int) *Tree {
	var t *Tree
	for _, i := range rand.Perm(10) {
		t = insert(t, (i+1)*k)
	}
	return t
}

// visit sends t's values in order; it returns false once quit is closed.
func visit(t *Tree, ch chan<- int, quit <-chan struct{}) bool {
	if t == nil {
		return true
	}
	if !visit(t.Left, ch, quit) {
		return false
	}
	select {
	case ch <- t.Value:
	case <-quit:
		return false
	}
	return visit(t.Right, ch, quit)
}

// Walk sends the values of t on ch in order, then closes ch; it stops
// early once quit is closed.
func Walk(t *Tree, ch chan<- int, quit <-chan struct{}) {
	defer close(ch)
	visit(t, ch, quit)
}

// Same reports whether t1 and t2 hold the same values.
func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	quit := make(chan struct{})
	defer close(quit) // wakes any walker still waiting to send
	go Walk(t1, c1, quit)
	go Walk(t2, c2, quit)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}
